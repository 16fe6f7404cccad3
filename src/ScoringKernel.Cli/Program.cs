using System.Text;
using ScoringKernel.Cli;

Console.OutputEncoding = Encoding.UTF8;
return ScoringCli.Run(args, Console.Out, Console.Error);
