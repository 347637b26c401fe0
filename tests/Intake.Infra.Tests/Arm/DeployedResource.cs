using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>One resource as it would be sent to Azure: every expression evaluated, loops expanded.</summary>
/// <param name="Module">Path of module deployments it came from, e.g. "main/storage".</param>
internal sealed record DeployedResource(string Type, string Name, string Id, string? Scope, string Module, JsonObject Definition)
{
    public JsonObject Properties => Definition["properties"] as JsonObject ?? [];

    public string? PropertyString(string path) => Navigate(Properties, path) is JsonValue v ? ArmValues.AsString(v) : null;

    public JsonNode? Property(string path) => Navigate(Properties, path);

    public static JsonNode? Navigate(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out node))
            {
                return null;
            }
        }

        return node;
    }
}

/// <summary>The expanded deployment: all resources of all modules, and the top-level outputs.</summary>
internal sealed record ExpandedDeployment(IReadOnlyList<DeployedResource> Resources, JsonObject Outputs)
{
    public IEnumerable<DeployedResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public DeployedResource Single(string type) => Assert.Single(OfType(type));
}
