# cmake -DCLI=path/to/dateline-cli -DVERSION=x.y.z -DOUT=dateline-cli.1 -P manpage.cmake
# Writes the dateline-cli(1) manual page (roff) from the program's own --help and each
# command's --help, so the page lists exactly the commands and options the binary has.

function(run_cli out_var)
  execute_process(COMMAND "${CLI}" ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dateline-cli ${ARGN} failed (${rc})")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Text for roff: backslashes and hyphens escaped, no control character at a line start.
function(roff_escape out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# One help line: "  left   right" (two or more spaces apart) becomes a tagged paragraph.
function(roff_help_lines out_var text)
  set(result "")
  string(REPLACE ";" "\\;" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  foreach(line IN LISTS lines)
    # The tag is words one space apart: the first gap of two spaces or more ends it.
    if(line MATCHES "^  +([^ ]+( [^ ]+)*)   *([^ ].*)$")
      roff_escape(tag "${CMAKE_MATCH_1}")
      roff_escape(body "${CMAKE_MATCH_3}")
      string(APPEND result ".TP\n.B ${tag}\n${body}\n")
    elseif(line STREQUAL "")
      string(APPEND result ".PP\n")
    elseif(line MATCHES ":$")
      roff_escape(heading "${line}")
      string(APPEND result ".PP\n${heading}\n")
    else()
      string(STRIP "${line}" line)
      roff_escape(body "${line}")
      string(APPEND result "${body}\n")
    endif()
  endforeach()
  set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

run_cli(help --help)
# The command table: from "Commands:" to the first blank line.
string(REGEX MATCH "\nCommands:\n([^\n]+\n)+" table "${help}")
if(table STREQUAL "")
  message(FATAL_ERROR "dateline-cli --help lists no commands")
endif()
string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*" names "${table}")
string(REGEX MATCH "\n\n(Dates are[^\n]*)\n" dates_line "${help}")
set(dates "${CMAKE_MATCH_1}")
string(REGEX MATCH "\n(Exit codes: [^\n]*)" exit_line "${help}")
set(exit_codes "${CMAKE_MATCH_1}")

set(commands_roff "")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  run_cli(command_help ${name} --help)
  # "usage: dateline-cli SYNOPSIS\nSUMMARY\nDETAILS"
  string(REGEX MATCH "^usage: dateline-cli ([^\n]*)\n([^\n]*)\n?(.*)$" parts "${command_help}")
  if(parts STREQUAL "")
    message(FATAL_ERROR "unexpected help for '${name}': ${command_help}")
  endif()
  roff_escape(synopsis "${CMAKE_MATCH_1}")
  roff_escape(summary "${CMAKE_MATCH_2}")
  set(details "${CMAKE_MATCH_3}")
  if(NOT summary MATCHES "[.!?)]$")
    string(APPEND summary ".")
  endif()
  string(APPEND commands_roff ".TP\n.B ${synopsis}\n${summary}\n")
  string(STRIP "${details}" details)
  if(NOT details STREQUAL "")
    roff_help_lines(details_roff "${details}")
    string(APPEND commands_roff ".RS\n${details_roff}.RE\n")
  endif()
endforeach()

roff_escape(dates "${dates}")
roff_escape(exit_codes "${exit_codes}")
roff_escape(version "${VERSION}")
string(TIMESTAMP date "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH for reproducible packages

file(WRITE "${OUT}.tmp" ".\\\" Generated from dateline-cli --help by cmake/manpage.cmake; do not edit.
.TH DATELINE\\-CLI 1 \"${date}\" \"Dateline ${version}\" \"User Commands\"
.SH NAME
dateline\\-cli \\- read and write Dateline timeline documents without a display
.SH SYNOPSIS
.B dateline\\-cli
.I COMMAND
.RI [ ARGS ...]
.br
.B dateline\\-cli
.I COMMAND
.B \\-\\-help
.br
.B dateline\\-cli
.BR \\-\\-help \" | \" \\-\\-version
.SH DESCRIPTION
.B dateline\\-cli
reads and writes Dateline documents (\\fI.dateline\\fR files, the format of the
.BR dateline (1)
desktop application) from scripts and on machines without a display.
A document is a single SQLite file; every change is committed at once.
.PP
${dates}
.SH COMMANDS
${commands_roff}.SH OPTIONS
.TP
.BR \\-h \", \" \\-\\-help
Print the list of commands, or with a command, that command's options.
.TP
.BR \\-v \", \" \\-\\-version
Print the version.
.SH EXIT STATUS
${exit_codes}
.SH ENVIRONMENT
.TP
.B QT_QPA_PLATFORM
.B export
renders with Qt's offscreen platform unless this names another one.
.SH SEE ALSO
.BR dateline (1),
.BR sqlite3 (1)
")
file(RENAME "${OUT}.tmp" "${OUT}")
