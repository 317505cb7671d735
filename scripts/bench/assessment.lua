-- wrk script: POST /api/v1/leniency/assessments for random parties, codes and dates.
-- Reads the bearer token from bench-token.txt and party ids from bench-parties.txt.
local parties, codes, token = {}, { "FOOD-LABEL", "PRICE-TAG", "LICENSE-DISPLAY", "EXPIRED-FOOD" }, ""

function init(args)
  for line in io.lines(args[1] .. "/bench-parties.txt") do table.insert(parties, line) end
  token = io.open(args[1] .. "/bench-token.txt"):read("*l")
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local party = parties[math.random(#parties)]
  local code = codes[math.random(#codes)]
  local day = os.date("!%Y-%m-%d", os.time() - math.random(1, 600) * 86400)
  local body = string.format(
    '{"partyId":"%s","violationCode":"%s","occurredOn":"%s","facts":{"harm":"NONE","corrected":true,"correctedOn":"%s","commitmentSigned":true}}',
    party, code, day, day)
  return wrk.format("POST", "/api/v1/leniency/assessments",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "zh-CN" }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
