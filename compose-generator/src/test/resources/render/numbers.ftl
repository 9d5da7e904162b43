${n} ${big} ${ratio} ${flag} ${list?size}
