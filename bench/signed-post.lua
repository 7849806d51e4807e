-- wrk script: every request is a signed slash command. The body and its signature come from the environment
-- (load.sh signs once per run; the timestamp stays inside Slack's 300-second window for the run's length).
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("BENCH_TS")
wrk.headers["X-Slack-Signature"] = os.getenv("BENCH_SIG")

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
