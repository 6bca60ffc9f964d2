# Runs dateline-bench on 2000 events and checks the JSON keys the README relies on.
file(MAKE_DIRECTORY "${DIR}/bench-smoke")
execute_process(COMMAND "${BENCH}" --events 2000 --json --cache-dir "${DIR}/bench-smoke"
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dateline-bench failed (${rc}): ${out}")
endif()
foreach(key events open_ms frame_ms_p50 frame_ms_p95 frame_ms_max index_bytes_per_event zoom_levels edit_to_frame_ms
    filter_ms_p50 filter_ms_p95 search_ms_p50 search_ms_p95)
  string(JSON value ERROR_VARIABLE err GET "${out}" ${key})
  if(err)
    message(FATAL_ERROR "missing key ${key} in: ${out}")
  endif()
endforeach()
string(JSON n GET "${out}" events)
if(NOT n EQUAL 2000)
  message(FATAL_ERROR "expected 2000 events, got ${n}")
endif()
