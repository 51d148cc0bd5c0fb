window.YTD.tweet.part0 = [
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "onpoli",
          "indices" : [
            "101",
            "108"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "108"
    ],
    "favorite_count" : "0",
    "id_str" : "1068177768394346416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1068177768394346416",
    "created_at" : "Thu Nov 29 16:20:00 +0000 2018",
    "favorited" : false,
    "full_text" : "Honnêtement, le gouvernement Ford est une farce. Couper dans les services en français, sérieusement? #onpoli",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "65"
    ],
    "favorite_count" : "0",
    "id_str" : "180067082726118268",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "180067082726118268",
    "created_at" : "Wed Mar 14 23:05:12 +0000 2012",
    "favorited" : false,
    "full_text" : "Premier tweet! Enfin sur Twitter, on verra bien ce que ça donne 🙂",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/noemie_lo/status/1133508828315122438/photo/1",
          "indices" : [
            "38",
            "61"
          ],
          "url" : "https://t.co/CwaH8TzWmB",
          "media_url" : "http://pbs.twimg.com/media/D7sLq0aW4AEv2Yk.jpg",
          "id_str" : "1133508658002410071",
          "id" : "1133508658002410071",
          "media_url_https" : "https://pbs.twimg.com/media/D7sLq0aW4AEv2Yk.jpg",
          "sizes" : {
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            },
            "medium" : {
              "w" : "1200",
              "h" : "900",
              "resize" : "fit"
            },
            "small" : {
              "w" : "680",
              "h" : "510",
              "resize" : "fit"
            },
            "large" : {
              "w" : "2048",
              "h" : "1536",
              "resize" : "fit"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/CwaH8TzWmB"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "37"
    ],
    "favorite_count" : "9",
    "id_str" : "1133508828315122438",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1133508828315122438",
    "possibly_sensitive" : false,
    "created_at" : "Tue May 28 23:02:18 +0000 2019",
    "favorited" : false,
    "full_text" : "Première récolte de radis du jardin 🌱 https://t.co/CwaH8TzWmB",
    "lang" : "fr",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/noemie_lo/status/1133508828315122438/photo/1",
          "indices" : [
            "38",
            "61"
          ],
          "url" : "https://t.co/CwaH8TzWmB",
          "media_url" : "http://pbs.twimg.com/media/D7sLq0aW4AEv2Yk.jpg",
          "id_str" : "1133508658002410071",
          "id" : "1133508658002410071",
          "media_url_https" : "https://pbs.twimg.com/media/D7sLq0aW4AEv2Yk.jpg",
          "sizes" : {
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            },
            "medium" : {
              "w" : "1200",
              "h" : "900",
              "resize" : "fit"
            },
            "small" : {
              "w" : "680",
              "h" : "510",
              "resize" : "fit"
            },
            "large" : {
              "w" : "2048",
              "h" : "1536",
              "resize" : "fit"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/CwaH8TzWmB"
        }
      ]
    }
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "childcare",
          "indices" : [
            "90",
            "100"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/VdA8nCuBsL",
          "expanded_url" : "https://example.org/rapports/garde-rurale-2017",
          "display_url" : "example.org/rapports/gard…",
          "indices" : [
            "66",
            "89"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "100"
    ],
    "favorite_count" : "14",
    "id_str" : "854333706713137535",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "854333706713137535",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 18 14:00:03 +0000 2017",
    "favorited" : false,
    "full_text" : "Our new report on child care deserts in rural Quebec is out today https://t.co/VdA8nCuBsL #childcare",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "52"
    ],
    "favorite_count" : "21",
    "in_reply_to_status_id_str" : "984056643035885921",
    "id_str" : "984057263798284779",
    "in_reply_to_user_id" : "2961450387",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "984057263798284779",
    "in_reply_to_status_id" : "984056643035885921",
    "created_at" : "Wed Apr 11 13:15:09 +0000 2018",
    "favorited" : false,
    "full_text" : "3/3 Et surtout: publiez vos résultats négatifs. Fin.",
    "lang" : "fr",
    "in_reply_to_screen_name" : "noemie_lo",
    "in_reply_to_user_id_str" : "2961450387"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "103"
    ],
    "favorite_count" : "18",
    "in_reply_to_status_id_str" : "984055968788491148",
    "id_str" : "984056643035885921",
    "in_reply_to_user_id" : "2961450387",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "984056643035885921",
    "in_reply_to_status_id" : "984055968788491148",
    "created_at" : "Wed Apr 11 13:12:41 +0000 2018",
    "favorited" : false,
    "full_text" : "2/3 Les données administratives valent de l'or, mais seulement si on parle aux gens qui les saisissent.",
    "lang" : "fr",
    "in_reply_to_screen_name" : "noemie_lo",
    "in_reply_to_user_id_str" : "2961450387"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ],
      "media" : [
        {
          "expanded_url" : "https://twitter.com/noemie_lo/status/528983719286178807/photo/1",
          "indices" : [
            "43",
            "66"
          ],
          "url" : "https://t.co/KER67xunop",
          "media_url" : "http://pbs.twimg.com/media/B1nRk3pCYAA7xQe.jpg",
          "id_str" : "528983552001109004",
          "id" : "528983552001109004",
          "media_url_https" : "https://pbs.twimg.com/media/B1nRk3pCYAA7xQe.jpg",
          "sizes" : {
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            },
            "medium" : {
              "w" : "1200",
              "h" : "900",
              "resize" : "fit"
            },
            "small" : {
              "w" : "680",
              "h" : "510",
              "resize" : "fit"
            },
            "large" : {
              "w" : "2048",
              "h" : "1536",
              "resize" : "fit"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/KER67xunop"
        }
      ]
    },
    "display_text_range" : [
      "0",
      "42"
    ],
    "favorite_count" : "5",
    "id_str" : "528983719286178807",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "528983719286178807",
    "possibly_sensitive" : false,
    "created_at" : "Sun Nov 02 18:55:21 +0000 2014",
    "favorited" : false,
    "full_text" : "Soupe aux pois maison, le dimanche parfait https://t.co/KER67xunop",
    "lang" : "fr",
    "extended_entities" : {
      "media" : [
        {
          "expanded_url" : "https://twitter.com/noemie_lo/status/528983719286178807/photo/1",
          "indices" : [
            "43",
            "66"
          ],
          "url" : "https://t.co/KER67xunop",
          "media_url" : "http://pbs.twimg.com/media/B1nRk3pCYAA7xQe.jpg",
          "id_str" : "528983552001109004",
          "id" : "528983552001109004",
          "media_url_https" : "https://pbs.twimg.com/media/B1nRk3pCYAA7xQe.jpg",
          "sizes" : {
            "thumb" : {
              "w" : "150",
              "h" : "150",
              "resize" : "crop"
            },
            "medium" : {
              "w" : "1200",
              "h" : "900",
              "resize" : "fit"
            },
            "small" : {
              "w" : "680",
              "h" : "510",
              "resize" : "fit"
            },
            "large" : {
              "w" : "2048",
              "h" : "1536",
              "resize" : "fit"
            }
          },
          "type" : "photo",
          "display_url" : "pic.twitter.com/KER67xunop"
        }
      ]
    }
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "CanLit Reads",
          "screen_name" : "canlit_reads",
          "indices" : [
            "3",
            "16"
          ],
          "id_str" : "1093385120",
          "id" : "1093385120"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "140"
    ],
    "favorite_count" : "0",
    "id_str" : "291268728854238377",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "291268728854238377",
    "created_at" : "Tue Jan 15 19:40:51 +0000 2013",
    "favorited" : false,
    "full_text" : "RT @canlit_reads: Winter reading list: 12 Canadian novels to get you through January, from quiet short story collections to sprawling famil…",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "http://t.co/OmzSHACGxI",
          "expanded_url" : "https://example.org/blog/housing-mid-sized-cities",
          "display_url" : "example.org/blog/housing-…",
          "indices" : [
            "49",
            "71"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "71"
    ],
    "favorite_count" : "15",
    "id_str" : "331111094488045050",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "331111094488045050",
    "possibly_sensitive" : false,
    "created_at" : "Sun May 05 18:20:11 +0000 2013",
    "favorited" : false,
    "full_text" : "Great read on housing policy in mid-sized cities http://t.co/OmzSHACGxI",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/FjwoLIcYIi",
          "expanded_url" : "https://twitter.com/policy_wonk_ca/status/664850946334701748",
          "display_url" : "twitter.com/policy_wonk_c…",
          "indices" : [
            "90",
            "113"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "113"
    ],
    "favorite_count" : "23",
    "id_str" : "664887367164558708",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "664887367164558708",
    "possibly_sensitive" : false,
    "created_at" : "Thu Nov 12 19:27:55 +0000 2015",
    "favorited" : false,
    "full_text" : "This is exactly the point our brief made last spring. Glad it's finally getting traction. https://t.co/FjwoLIcYIi",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "elxn42",
          "indices" : [
            "60",
            "67"
          ]
        },
        {
          "text" : "polcan",
          "indices" : [
            "68",
            "75"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "75"
    ],
    "favorite_count" : "20",
    "id_str" : "647222402941895498",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "647222402941895498",
    "created_at" : "Fri Sep 25 01:33:40 +0000 2015",
    "favorited" : false,
    "full_text" : "Débat des chefs: Mulcair était de loin le meilleur ce soir. #elxn42 #polcan",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "107"
    ],
    "favorite_count" : "5",
    "id_str" : "436608268987291455",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "436608268987291455",
    "created_at" : "Thu Feb 20 21:08:17 +0000 2014",
    "favorited" : false,
    "full_text" : "Ma cousine fait son stage au bloc opératoire cette semaine. Respect total pour ce qu'elle vit chaque jour 👏",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "136"
    ],
    "favorite_count" : "24",
    "id_str" : "782664129098289866",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "782664129098289866",
    "created_at" : "Sun Oct 02 19:30:44 +0000 2016",
    "favorited" : false,
    "full_text" : "Fin de saison pour l'équipe de soccer U8 que j'aide à entraîner. Quartiers d'oranges, crampons pleins de boue, zéro but, joie maximale ⚽",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "84"
    ],
    "favorite_count" : "17",
    "id_str" : "1119406578393262669",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1119406578393262669",
    "created_at" : "Sat Apr 20 01:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "Currently reading a history of the Rideau Canal. Nerdy? Yes. Fascinating? Also yes 📚",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "Ottawa Bikes",
          "screen_name" : "ottawa_bikes",
          "indices" : [
            "3",
            "16"
          ],
          "id_str" : "1530884412",
          "id" : "1530884412"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "140"
    ],
    "favorite_count" : "0",
    "id_str" : "765171851166407078",
    "truncated" : false,
    "retweet_count" : "28",
    "id" : "765171851166407078",
    "created_at" : "Mon Aug 15 13:02:40 +0000 2016",
    "favorited" : false,
    "full_text" : "RT @ottawa_bikes: New protected bike lanes open this weekend on the east-west corridor: ribbon cutting Saturday &amp; a family ride Sunday morn…",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "4"
    ],
    "favorite_count" : "21",
    "id_str" : "755859910041789893",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "755859910041789893",
    "created_at" : "Wed Jul 20 20:20:20 +0000 2016",
    "favorited" : false,
    "full_text" : "☀️🚲🍦",
    "lang" : "und"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "GoHabsGo",
          "indices" : [
            "56",
            "65"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "67"
    ],
    "favorite_count" : "6",
    "id_str" : "391704230619728847",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "391704230619728847",
    "created_at" : "Sat Oct 19 23:15:40 +0000 2013",
    "favorited" : false,
    "full_text" : "Leafs vs Habs tonight. You know where my loyalties lie. #GoHabsGo 🏒",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "qc2014",
          "indices" : [
            "74",
            "81"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "81"
    ],
    "favorite_count" : "1",
    "id_str" : "453141620645030023",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "453141620645030023",
    "created_at" : "Mon Apr 07 12:05:55 +0000 2014",
    "favorited" : false,
    "full_text" : "Québec election today. Whoever you support, go vote! Polls close at 8 pm. #qc2014",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "backtoschool",
          "indices" : [
            "67",
            "80"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "80"
    ],
    "favorite_count" : "16",
    "id_str" : "243021255965011471",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "243021255965011471",
    "created_at" : "Tue Sep 04 16:22:37 +0000 2012",
    "favorited" : false,
    "full_text" : "First day of classes: public policy &amp; administration, here I come. #backtoschool",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "107"
    ],
    "favorite_count" : "21",
    "id_str" : "723886295426431434",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "723886295426431434",
    "created_at" : "Sat Apr 23 14:48:36 +0000 2016",
    "favorited" : false,
    "full_text" : "Premier tour de vélo de la saison dans le parc de la Gatineau 🚴‍♀️ il reste de la neige dans les sous-bois!",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "Boutique XYZ",
          "screen_name" : "boutique_xyz",
          "indices" : [
            "78",
            "91"
          ],
          "id_str" : "3308815520",
          "id" : "3308815520"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "93"
    ],
    "favorite_count" : "0",
    "id_str" : "933753058320604454",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "933753058320604454",
    "created_at" : "Thu Nov 23 17:44:12 +0000 2017",
    "favorited" : false,
    "full_text" : "Commande n° 482913756 toujours pas livrée après trois semaines. Super service @boutique_xyz 🙄",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "cuisine",
          "indices" : [
            "100",
            "108"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "108"
    ],
    "favorite_count" : "17",
    "id_str" : "322114537714340998",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "322114537714340998",
    "created_at" : "Wed Apr 10 22:31:05 +0000 2013",
    "favorited" : false,
    "full_text" : "Liste d'épicerie pour le pouding chômeur:\n- cassonade\n- farine\n- beurre\nQui a la meilleure recette? #cuisine",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "gradschool",
          "indices" : [
            "78",
            "89"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "89"
    ],
    "favorite_count" : "18",
    "id_str" : "509524609605330179",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "509524609605330179",
    "created_at" : "Wed Sep 10 02:11:48 +0000 2014",
    "favorited" : false,
    "full_text" : "My liberal arts degree finally paid off: I can explain Foucault to a toddler. #gradschool",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "elxn42",
          "indices" : [
            "62",
            "69"
          ]
        },
        {
          "text" : "NPD",
          "indices" : [
            "70",
            "74"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "74"
    ],
    "favorite_count" : "21",
    "id_str" : "656208208078252194",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "656208208078252194",
    "created_at" : "Mon Oct 19 20:40:03 +0000 2015",
    "favorited" : false,
    "full_text" : "Dernière chance: votez pour le NPD, votez pour le changement! #elxn42 #NPD",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "Julie B.",
          "screen_name" : "julie_bcd",
          "indices" : [
            "0",
            "10"
          ],
          "id_str" : "418220961",
          "id" : "418220961"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "11",
      "67"
    ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "270692220266562798",
    "id_str" : "270696498607903543",
    "in_reply_to_user_id" : "418220961",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "270696498607903543",
    "in_reply_to_status_id" : "270692220266562798",
    "created_at" : "Tue Nov 20 01:14:09 +0000 2012",
    "favorited" : false,
    "full_text" : "@julie_bcd haha yes, see you at the library at 7, I'll bring coffee",
    "lang" : "en",
    "in_reply_to_screen_name" : "julie_bcd",
    "in_reply_to_user_id_str" : "418220961"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/y3FK2d8UUJ",
          "expanded_url" : "https://example.org/theses/memoire-2014.pdf",
          "display_url" : "example.org/theses/memoir…",
          "indices" : [
            "76",
            "99"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "99"
    ],
    "favorite_count" : "0",
    "id_str" : "473158410684213277",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "473158410684213277",
    "possibly_sensitive" : false,
    "created_at" : "Sun Jun 01 17:45:30 +0000 2014",
    "favorited" : false,
    "full_text" : "Mon mémoire de maîtrise est déposé!!! Merci à tous ceux qui m'ont endurée 😅 https://t.co/y3FK2d8UUJ",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "95"
    ],
    "favorite_count" : "22",
    "id_str" : "685657827400497094",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "685657827400497094",
    "created_at" : "Sat Jan 09 03:02:19 +0000 2016",
    "favorited" : false,
    "full_text" : "Book rec: finished 'The Silent Orchard' in two nights. Gorgeous, sad, perfect for a snowstorm 📚",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "elxn42",
          "indices" : [
            "81",
            "88"
          ]
        },
        {
          "text" : "NPD",
          "indices" : [
            "89",
            "93"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "95"
    ],
    "favorite_count" : "3",
    "id_str" : "630048865123591921",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "630048865123591921",
    "created_at" : "Sat Aug 08 16:12:09 +0000 2015",
    "favorited" : false,
    "full_text" : "C'est parti! Fière de faire du porte-à-porte pour le NPD toute la fin de semaine #elxn42 #NPD 🧡",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "Actu Outaouais",
          "screen_name" : "actu_outaouais",
          "indices" : [
            "3",
            "18"
          ],
          "id_str" : "1205571934",
          "id" : "1205571934"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "140"
    ],
    "favorite_count" : "0",
    "id_str" : "557890356376661683",
    "truncated" : false,
    "retweet_count" : "28",
    "id" : "557890356376661683",
    "created_at" : "Wed Jan 21 13:20:00 +0000 2015",
    "favorited" : false,
    "full_text" : "RT @actu_outaouais: Travaux de nuit sur le boulevard des Allumettières du 26 au 30 janvier: une voie fermée dans chaque direction entre 21 …",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/AwvPM4E6xi",
          "expanded_url" : "https://example.org/emplois/analyste-2015",
          "display_url" : "example.org/emplois/analy…",
          "indices" : [
            "93",
            "116"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "116"
    ],
    "favorite_count" : "0",
    "id_str" : "578209928397144747",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "578209928397144747",
    "possibly_sensitive" : false,
    "created_at" : "Wed Mar 18 15:02:44 +0000 2015",
    "favorited" : false,
    "full_text" : "Offre d'emploi: l'Institut Boréal cherche un·e analyste de recherche bilingue. Partagez svp! https://t.co/AwvPM4E6xi",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "57"
    ],
    "favorite_count" : "23",
    "id_str" : "440856700618802126",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "440856700618802126",
    "created_at" : "Tue Mar 04 14:30:02 +0000 2014",
    "favorited" : false,
    "full_text" : "24 ans aujourd'hui! Merci pour tous les beaux messages ❤️",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "82"
    ],
    "favorite_count" : "18",
    "id_str" : "984055968788491148",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "984055968788491148",
    "created_at" : "Wed Apr 11 13:10:00 +0000 2018",
    "favorited" : false,
    "full_text" : "Petit fil sur ce que j'ai appris en 4 ans d'évaluation de programmes sociaux 🧵 1/3",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/HNWTFvmTAC",
          "expanded_url" : "https://example.org/emplois/stages-ete-2019",
          "display_url" : "example.org/emplois/stage…",
          "indices" : [
            "80",
            "103"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "103"
    ],
    "favorite_count" : "4",
    "id_str" : "1088821419730894858",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1088821419730894858",
    "possibly_sensitive" : false,
    "created_at" : "Fri Jan 25 15:30:30 +0000 2019",
    "favorited" : false,
    "full_text" : "Offre d'emploi: l'Institut Boréal embauche deux stagiaires pour l'été. Détails: https://t.co/HNWTFvmTAC",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "93"
    ],
    "favorite_count" : "19",
    "id_str" : "307116123751987557",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "307116123751987557",
    "created_at" : "Thu Feb 28 13:12:44 +0000 2013",
    "favorited" : false,
    "full_text" : "Le char est pris dans le banc de neige pour la 3e fois cette semaine. Chu tannée de l'hiver 🙃",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/CzSPagGCTf",
          "expanded_url" : "https://twitter.com/policy_wonk_ca/status/1103365631185966795",
          "display_url" : "twitter.com/policy_wonk_c…",
          "indices" : [
            "68",
            "91"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "91"
    ],
    "favorite_count" : "0",
    "id_str" : "1103388669450150043",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1103388669450150043",
    "possibly_sensitive" : false,
    "created_at" : "Wed Mar 06 20:15:33 +0000 2019",
    "favorited" : false,
    "full_text" : "Couldn't agree more. Evaluation budgets are always the first to go. https://t.co/CzSPagGCTf",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "109"
    ],
    "favorite_count" : "9",
    "id_str" : "873561800902307588",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "873561800902307588",
    "created_at" : "Sat Jun 10 15:25:37 +0000 2017",
    "favorited" : false,
    "full_text" : "Ma sœur ouvre enfin son atelier de réparation de vélos! « Passez nous voir — notre boutique: 819 555-0100 » 🚲",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "elxn42",
          "indices" : [
            "85",
            "92"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "92"
    ],
    "favorite_count" : "15",
    "id_str" : "656093803873872559",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "656093803873872559",
    "created_at" : "Mon Oct 19 13:05:27 +0000 2015",
    "favorited" : false,
    "full_text" : "Votez! Peu importe pour qui, allez voter aujourd'hui. Les bureaux ferment à 21 h 30. #elxn42",
    "lang" : "fr"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/rMYqxxWilP",
          "expanded_url" : "https://example.com/podcast/episode-42",
          "display_url" : "example.com/podcast/episo…",
          "indices" : [
            "0",
            "23"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "23"
    ],
    "favorite_count" : "9",
    "id_str" : "761540994914690326",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "761540994914690326",
    "possibly_sensitive" : false,
    "created_at" : "Fri Aug 05 12:34:56 +0000 2016",
    "favorited" : false,
    "full_text" : "https://t.co/rMYqxxWilP",
    "lang" : "und"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "webdev",
          "indices" : [
            "142",
            "149"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "149"
    ],
    "favorite_count" : "19",
    "id_str" : "740606620571825826",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "740606620571825826",
    "created_at" : "Wed Jun 08 18:09:12 +0000 2016",
    "favorited" : false,
    "full_text" : "QA tip of the day: typed &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; into our new donation form. Nothing happened. Good form 😇 #webdev",
    "lang" : "en"
  }
]