using Intake.Functions;

// The Functions host starts this executable (host.json customHandler) and calls it on FUNCTIONS_CUSTOMHANDLER_PORT.
var app = IntakeFunctionsApp.CreateBuilder(args).Build();
app.MapIntakeFunctions();
await app.RunAsync();
