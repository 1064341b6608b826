using System;
using System.Text;
using AiCompliance.Cli;

// Model names and descriptions are printed as they are declared, in any script.
Console.OutputEncoding = new UTF8Encoding(false);
return new CliApplication(Console.Out, Console.Error).Run(args);
