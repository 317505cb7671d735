-- wrk script: GET /api/v1/guidance/{id}/document.pdf of one written act (bench-act.txt).
local token, act = "", ""

function init(args)
  token = io.open(args[1] .. "/bench-token.txt"):read("*l")
  act = io.open(args[1] .. "/bench-act.txt"):read("*l")
end

function request()
  return wrk.format("GET", "/api/v1/guidance/" .. act .. "/document.pdf", { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
