window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "418220961-2961450387",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "418220961",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "DM-SENTINEL-NEVER-READ conversation 1 message 1",
            "mediaUrls" : [ ],
            "senderId" : "2961450387",
            "id" : "1095035490143565474",
            "createdAt" : "2019-02-11T19:03:00.282Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2961450387",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "DM-SENTINEL-NEVER-READ conversation 1 message 2",
            "mediaUrls" : [ ],
            "senderId" : "418220961",
            "id" : "1095033224037277012",
            "createdAt" : "2019-02-11T18:54:00.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1530884412-2961450387",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1530884412",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "DM-SENTINEL-NEVER-READ conversation 2 message 1",
            "mediaUrls" : [ ],
            "senderId" : "2961450387",
            "id" : "1021011982190632724",
            "createdAt" : "2018-07-22T12:40:00.696Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2961450387",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "DM-SENTINEL-NEVER-READ conversation 2 message 2",
            "mediaUrls" : [ ],
            "senderId" : "1530884412",
            "id" : "1021009716307251540",
            "createdAt" : "2018-07-22T12:31:00.467Z"
          }
        }
      ]
    }
  }
]