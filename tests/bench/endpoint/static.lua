-- wrk script for the baseline: the static GET /v1/openapi.json, with the same summary line.
function done(summary, latency, _)
    local e = summary.errors
    io.write(string.format('MAPJE {"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,' ..
        '"created":0,"deleted":0,"failed":0,"non2xx":%d,"socket":%d}\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
