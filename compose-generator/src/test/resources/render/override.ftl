built-in
