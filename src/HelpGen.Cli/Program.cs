using HelpGen.Cli;

return HelpGenCli.Run(args);
