-- GET /api/articles/<random seeded slug> (CONDUIT_ARTICLES: how many articles the data set has)
local articles = tonumber(os.getenv("CONDUIT_ARTICLES") or "100000")
request = function()
  return wrk.format("GET", "/api/articles/article-" .. math.random(0, articles - 1))
end
