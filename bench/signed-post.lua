-- wrk script: every request is a signed `/prodev` slash command. load.sh writes the requests (one per enrolled
-- student, each body signed with its timestamp) to the Lua file named by BENCH_REQUESTS; threads cycle through them.
local requests = dofile(os.getenv("BENCH_REQUESTS"))
local i = 0

function request()
  i = (i % #requests) + 1
  local r = requests[i]
  return wrk.format("POST", "/slack/commands", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Slack-Request-Timestamp"] = r.ts,
    ["X-Slack-Signature"] = r.sig,
  }, r.body)
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
