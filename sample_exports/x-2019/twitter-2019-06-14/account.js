window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "noemie.lo.perso@example.com",
      "createdVia" : "web",
      "username" : "noemie_lo",
      "accountId" : "2961450387",
      "createdAt" : "2012-03-14T22:58:03.000Z",
      "accountDisplayName" : "Noémie Laflamme-Okafor"
    }
  }
]