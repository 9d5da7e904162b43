part line 1
${undefinedInPart}
