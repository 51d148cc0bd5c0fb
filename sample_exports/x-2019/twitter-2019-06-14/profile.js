window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Analyste de recherche, politiques sociales @ Institut Boréal. Vélo, hockey, romans. Fière bénévole NPD 🧡",
        "website" : "https://t.co/F9DRzGTHK4",
        "location" : "Gatineau, Québec"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/829462531424609645/eimcQeZz.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/2961450387/1543225265"
    }
  }
]