-- Requests a random path from the file named by the environment variable PATHS (one path per line), with the
-- Authorization header in AUTH when set. Used for every target of the API benchmark.
dofile(os.getenv("BENCH_API") .. "/report.lua")

local paths = {}
for line in io.lines(os.getenv("PATHS")) do
   paths[#paths + 1] = line
end
local auth = os.getenv("AUTH")
math.randomseed(os.time())

request = function()
   local path = paths[math.random(#paths)]
   if auth and auth ~= "" then
      return wrk.format("GET", path, { ["Authorization"] = auth, ["Accept"] = "application/json" })
   end
   return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

done = report
