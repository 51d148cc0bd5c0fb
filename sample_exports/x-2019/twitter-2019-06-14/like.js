window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1104724711620794010",
      "fullText" : "Sortie du dimanche: départ 8 h au parc &lt;— soyez à l'heure! 🚴",
      "expandedUrl" : "https://twitter.com/i/web/status/1104724711620794010"
    }
  },
  {
    "like" : {
      "tweetId" : "1045721043600558829",
      "fullText" : "Le 1er octobre, votez Québec solidaire! #polqc #qc2018",
      "expandedUrl" : "https://twitter.com/i/web/status/1045721043600558829"
    }
  },
  {
    "like" : {
      "tweetId" : "1014994871135219817",
      "fullText" : "Quelqu'un a perdu un chat roux dans le secteur Hull? Il dort sur mon balcon.",
      "expandedUrl" : "https://twitter.com/i/web/status/1014994871135219817"
    }
  },
  {
    "like" : {
      "tweetId" : "918436269916529555",
      "fullText" : "Travaux sur le pont: fermeture complète ce week-end, prévoyez un détour https://t.co/tCxy0aVZFD",
      "expandedUrl" : "https://twitter.com/i/web/status/918436269916529555"
    }
  },
  {
    "like" : {
      "tweetId" : "737282460125152911",
      "fullText" : "Summer reading list is up! 15 books for the dock &amp; the cottage https://t.co/m6HQqkV6na",
      "expandedUrl" : "https://twitter.com/i/web/status/737282460125152911"
    }
  }
]