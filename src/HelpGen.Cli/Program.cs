using HelpGen.Cli;

return HelpGenCli.Create().Parse(args).Invoke();
