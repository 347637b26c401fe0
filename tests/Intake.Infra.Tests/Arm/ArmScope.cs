using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>Where an expression is evaluated: one (nested) template, its parameter values and loop position.</summary>
internal sealed class ArmScope
{
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);

    public ArmScope(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters, ArmEnvironment environment)
    {
        Template = template;
        Parameters = parameters;
        Environment = environment;
    }

    public JsonObject Template { get; }

    public IReadOnlyDictionary<string, JsonNode?> Parameters { get; }

    public ArmEnvironment Environment { get; }

    /// <summary>Index of the resource copy loop being expanded, if any.</summary>
    public int? CopyIndex { get; set; }

    public JsonNode? Variable(string name, Func<JsonNode?, JsonNode?> evaluate)
    {
        if (_variables.TryGetValue(name, out var cached))
        {
            return ArmValues.Clone(cached);
        }

        var declarations = Template["variables"] as JsonObject
            ?? throw new InvalidOperationException($"Template has no variables; '{name}' requested.");
        if (!declarations.TryGetPropertyValue(name, out var declaration))
        {
            throw new InvalidOperationException($"Unknown variable '{name}'.");
        }

        if (!_evaluating.Add(name))
        {
            throw new InvalidOperationException($"Variable '{name}' refers to itself.");
        }

        var value = evaluate(declaration);
        _evaluating.Remove(name);
        _variables[name] = value;
        return ArmValues.Clone(value);
    }
}

/// <summary>The subscription and resource group a test deployment pretends to target.</summary>
internal sealed record ArmEnvironment(string SubscriptionId, string ResourceGroup, string Location)
{
    public static ArmEnvironment Default { get; } =
        new("00000000-0000-0000-0000-000000000000", "rg-intake-test", "japaneast");

    public string ResourceGroupId => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";
}
