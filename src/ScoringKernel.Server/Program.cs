using ScoringKernel.Server;

var app = ScoringServer.Build(args);
await app.RunAsync();
