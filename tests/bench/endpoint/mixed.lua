-- wrk script: a mix like real devices make: 60 % share an item (PUT, new id), 30 % read the
-- appointments (GET), 10 % withdraw an item this thread saw acknowledged (DELETE). At the end it
-- writes the paths of the acknowledged items no DELETE was sent for (MAPJE_BENCH_OUT), so the
-- driver can check each is in the database. Writes still in flight when wrk stops may be stored
-- without an answer; those are not counted as acknowledged.
local threads = {}
local counter = 0
created, deleted, failed = 0, 0, 0 -- globals: done() reads them with thread:get
acknowledged = {} -- global, for thread:get in done()
local token = os.getenv("MAPJE_BENCH_TOKEN")
local prefix = os.getenv("MAPJE_BENCH_PREFIX") or "a"
local body = '{"versie":1,"soort":"moment","inhoud":{"momentOp":"2026-12-20T15:30:00Z",' ..
             '"watVeranderde":"De post ligt niet meer stil; ik open hem elke maandag."}}'

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

local function headers(key)
    return {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
            ["Idempotency-Key"] = key}
end

function request()
    counter = counter + 1
    local key = string.format("%s-%02d-%012d", prefix, id, counter)
    local kind = counter % 10
    if kind < 6 then
        return wrk.format("PUT", "/v1/deelnames/" .. key, headers(key), body)
    elseif kind == 9 and #acknowledged > 0 then
        return wrk.format("DELETE", table.remove(acknowledged), headers(key))
    end
    return wrk.format("GET", "/v1/afspraken?limiet=10", headers(key))
end

function response(status, hdrs, _)
    if status == 201 then
        created = created + 1
        table.insert(acknowledged, hdrs["Location"])
    elseif status == 204 then
        deleted = deleted + 1
    elseif status ~= 200 then
        failed = failed + 1
    end
end

function done(summary, latency, _)
    local c, d, f = 0, 0, 0
    for _, thread in ipairs(threads) do
        c = c + thread:get("created")
        d = d + thread:get("deleted")
        f = f + thread:get("failed")
    end
    local out = io.open(os.getenv("MAPJE_BENCH_OUT"), "a")
    for _, thread in ipairs(threads) do
        for _, path in ipairs(thread:get("acknowledged")) do
            out:write(path, "\n")
        end
    end
    out:close()
    local e = summary.errors
    io.write(string.format('MAPJE {"requests":%d,"seconds":%.3f,"p50_ms":%.3f,"p99_ms":%.3f,' ..
        '"created":%d,"deleted":%d,"failed":%d,"non2xx":%d,"socket":%d}\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, c, d, f, e.status, e.connect + e.read + e.write + e.timeout))
end
