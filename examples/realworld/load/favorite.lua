-- POST /api/articles/<random seeded slug>/favorite: each request favorites some article of the 100,000
request = function()
  return wrk.format("POST", "/api/articles/article-" .. math.random(0, 99999) .. "/favorite")
end
