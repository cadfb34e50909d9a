-- POST /api/articles/<random seeded slug>/favorite: each request favorites some article of the data set
-- (CONDUIT_ARTICLES: how many articles it has)
local articles = tonumber(os.getenv("CONDUIT_ARTICLES") or "100000")
request = function()
  return wrk.format("POST", "/api/articles/article-" .. math.random(0, articles - 1) .. "/favorite")
end
