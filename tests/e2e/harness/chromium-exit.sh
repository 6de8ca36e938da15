#!/bin/sh
# Starts Chromium as Playwright asks and, when it ends, writes its exit status (128 + the
# signal's number when a signal ended it) to $PICKWISE_CHROMIUM_EXIT, so the e2e fixture can
# say why a browser it did not close went away. Playwright's own pipes pass straight through.
"$PICKWISE_CHROMIUM_BINARY" "$@"
status=$?
if [ -n "$PICKWISE_CHROMIUM_EXIT" ]; then echo "$status" > "$PICKWISE_CHROMIUM_EXIT"; fi
exit "$status"
