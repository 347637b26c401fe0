using Intake.Functions;
using Microsoft.Azure.Functions.Worker.Builder;

// ConfigureIntakeFunctions: ConfigureFunctionsWebApplication(), telemetry and the registrations
// `intake serve` makes; the host tests call the same method.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureIntakeFunctions();
await builder.Build().RunAsync();
