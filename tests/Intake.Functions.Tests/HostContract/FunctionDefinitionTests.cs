using System.Text.Json;
using Intake.Functions.Queue;
using Intake.Functions.Tests.Support;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.HostContract;

/// <summary>function.json and host.json say what the handler implements.</summary>
public class FunctionDefinitionTests
{
    private static readonly string s_functionApp = Path.Combine(Repository.Root, "functions", "Intake.Functions", "FunctionApp");

    [Fact]
    public void FunctionApp_DefinesExactlyTheFourFunctions()
    {
        var names = Directory.GetDirectories(s_functionApp).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["GetDocument", "GetReport", "ListDocuments", ScanUploadedDocumentFunction.Name], names);
    }

    [Fact]
    public void ScanUploadedDocument_TriggersOnTheEventsQueueWithTheHandlersBindingName()
    {
        var binding = Bindings(ScanUploadedDocumentFunction.Name).Single();

        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(ScanUploadedDocumentFunction.BindingName, binding.GetProperty("name").GetString());
        Assert.Equal(new IntakeStorageOptions().EventsQueue, binding.GetProperty("queueName").GetString());
    }

    [Theory]
    [InlineData("GetDocument", "documents/{id}")]
    [InlineData("ListDocuments", "documents")]
    [InlineData("GetReport", "documents/{id}/report")]
    public void HttpFunctions_AreGetOnlyWithFunctionKeysOnTheHandlersRoute(string function, string route)
    {
        var trigger = Bindings(function).Single(b => b.GetProperty("type").GetString() == "httpTrigger");

        Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void HostJson_ForwardsHttpRequestsAndUsesTheExtensionBundle()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "host.json")));

        Assert.True(host.RootElement.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("[4.*, 5.0.0)", host.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    private static List<JsonElement> Bindings(string function)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_functionApp, function, "function.json")));
        return [.. json.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone())];
    }
}
