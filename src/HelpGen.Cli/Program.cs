return HelpGen.Cli.HelpGenCli.Run(args);
