only built-in
