"""Developer tools (compile Designer forms, render screenshots); not part of the installed app."""
