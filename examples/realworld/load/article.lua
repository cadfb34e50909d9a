-- GET /api/articles/<random seeded slug>
request = function()
  return wrk.format("GET", "/api/articles/article-" .. math.random(0, 99999))
end
