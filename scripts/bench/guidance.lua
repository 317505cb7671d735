-- wrk script: POST /api/v1/guidance for random parties of the market bureau.
-- Args: the work directory (bench-token.txt, bench-parties.txt) and the document form:
-- WRITTEN (numbered 行政指导书 with legal basis), SIMPLE, or MIXED (one in two written).
local parties, token, mode = {}, "", "MIXED"
local forms = {
  { "REMIND", '{"item":"营业执照须悬挂于经营场所醒目位置"}' },
  { "ADVISE", '{"recommendation":"采用电子价签统一公示价格","options":"电子价签；纸质价签"}' },
  { "INTERVIEW", '{"attendees":"负责人","problems":"标签缺少生产者联系方式","provisions":"食品安全法第六十七条","requirements":"更换标签"}' },
  { "COACH", '{"topic":"食品安全自查","materials":"自查表"}' },
}

function init(args)
  for line in io.lines(args[1] .. "/bench-parties.txt") do table.insert(parties, line) end
  token = io.open(args[1] .. "/bench-token.txt"):read("*l")
  mode = args[2] or "MIXED"
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local party = parties[math.random(#parties)]
  local form = forms[math.random(#forms)]
  local written = mode == "WRITTEN" or (mode == "MIXED" and math.random(2) == 1)
  local body = string.format(
    '{"partyId":"%s","form":"%s","documentForm":"%s","channel":"%s","subject":"基准测试指导%d",' ..
    '"content":"检查中发现当事人经营场所存在需要改进的事项，依法进行行政指导，提示其及时整改。",' ..
    '"legalBasis":[{"law":"《中华人民共和国食品安全法》","article":"第六十七条"}],"details":%s}',
    party, form[1], written and "WRITTEN" or "SIMPLE", written and "DOCUMENT" or "IN_PERSON",
    math.random(1000000), form[2])
  return wrk.format("POST", "/api/v1/guidance",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "zh-CN" }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
