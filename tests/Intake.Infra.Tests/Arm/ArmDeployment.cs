using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Expands a compiled template the way a deployment would: parameter defaults and allowed values,
/// conditions, copy loops and nested module deployments (Microsoft.Resources/deployments).
/// </summary>
internal static class ArmDeployment
{
    private const string DeploymentsType = "Microsoft.Resources/deployments";

    public static ExpandedDeployment Expand(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters, ArmEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(template);
        var scope = new ArmScope(template, ResolveParameters(template, parameters, environment), environment);
        var resources = new List<DeployedResource>();
        ExpandResources(scope, "main", resources);

        var outputs = new JsonObject();
        if (template["outputs"] is JsonObject declared)
        {
            foreach (var (name, output) in declared)
            {
                outputs[name] = ArmEvaluator.EvaluateDeep(output?["value"], scope);
            }
        }

        return new ExpandedDeployment(resources, outputs);
    }

    private static Dictionary<string, JsonNode?> ResolveParameters(
        JsonObject template,
        IReadOnlyDictionary<string, JsonNode?> supplied,
        ArmEnvironment environment)
    {
        var declared = template["parameters"] as JsonObject ?? [];
        foreach (var name in supplied.Keys)
        {
            if (!declared.ContainsKey(name))
            {
                throw new InvalidOperationException($"Parameter '{name}' is not declared by the template.");
            }
        }

        var resolved = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, declaration) in declared)
        {
            JsonNode? value;
            if (supplied.TryGetValue(name, out var given))
            {
                value = ArmValues.Clone(given);
            }
            else if (declaration is JsonObject d && d.TryGetPropertyValue("defaultValue", out var defaultValue))
            {
                // Defaults may use earlier parameters (location = resourceGroup().location).
                value = ArmEvaluator.EvaluateDeep(defaultValue, new ArmScope(template, resolved, environment));
            }
            else
            {
                throw new InvalidOperationException($"Required parameter '{name}' has no value.");
            }

            if (declaration?["allowedValues"] is JsonArray allowed && !ArmValues.IsRuntime(value)
                && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
            {
                throw new InvalidOperationException($"Parameter '{name}' value {value?.ToJsonString()} is not allowed.");
            }

            resolved[name] = value;
        }

        return resolved;
    }

    private static void ExpandResources(ArmScope scope, string module, List<DeployedResource> into)
    {
        var declared = scope.Template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>().ToList(),
            _ => [],
        };

        foreach (var resource in declared)
        {
            if (resource["copy"] is JsonObject copy)
            {
                var count = ArmValues.AsLong(ArmEvaluator.EvaluateDeep(copy["count"], scope));
                for (var i = 0; i < count; i++)
                {
                    scope.CopyIndex = i;
                    ExpandOne(resource, scope, module, into);
                }

                scope.CopyIndex = null;
            }
            else
            {
                ExpandOne(resource, scope, module, into);
            }
        }
    }

    private static void ExpandOne(JsonObject resource, ArmScope scope, string module, List<DeployedResource> into)
    {
        if (resource.TryGetPropertyValue("condition", out var condition)
            && !ArmValues.AsBool(ArmEvaluator.EvaluateDeep(condition, scope)))
        {
            return;
        }

        if (resource["existing"] is JsonValue existing && existing.TryGetValue<bool>(out var isExisting) && isExisting)
        {
            return;
        }

        var type = ArmValues.AsString(resource["type"]);
        if (string.Equals(type, DeploymentsType, StringComparison.OrdinalIgnoreCase))
        {
            ExpandModule(resource, scope, module, into);
            return;
        }

        var definition = new JsonObject();
        foreach (var (key, value) in resource)
        {
            if (key is not ("copy" or "condition"))
            {
                definition[key] = ArmEvaluator.EvaluateDeep(value, scope);
            }
        }

        into.Add(Describe(type, definition, scope.Environment, module));
    }

    private static void ExpandModule(JsonObject resource, ArmScope scope, string module, List<DeployedResource> into)
    {
        var name = ArmValues.AsString(ArmEvaluator.EvaluateDeep(resource["name"], scope));
        var properties = resource["properties"] as JsonObject
            ?? throw new InvalidOperationException($"Module '{name}' has no properties.");
        var nested = properties["template"] as JsonObject
            ?? throw new InvalidOperationException($"Module '{name}' has no inline template.");

        var parameters = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        if (properties["parameters"] is JsonObject given)
        {
            foreach (var (parameter, wrapper) in given)
            {
                parameters[parameter] = ArmEvaluator.EvaluateDeep(wrapper?["value"], scope);
            }
        }

        var path = module + "/" + name;
        var inner = new ArmScope(nested, ResolveParameters(nested, parameters, scope.Environment), scope.Environment);
        ExpandResources(inner, path, into);

        var summary = new JsonObject
        {
            ["type"] = DeploymentsType,
            ["name"] = name,
            ["properties"] = new JsonObject { ["parameters"] = new JsonObject(parameters.Select(p => KeyValuePair.Create(p.Key, ArmValues.Clone(p.Value)))) },
        };
        into.Add(Describe(DeploymentsType, summary, scope.Environment, module));
    }

    private static DeployedResource Describe(string type, JsonObject definition, ArmEnvironment environment, string module)
    {
        var name = ArmValues.AsString(definition["name"]);
        var scope = definition["scope"] is JsonNode s ? ArmValues.AsString(s) : null;
        var id = scope is not null
            ? $"{scope}/providers/{type}/{name}"
            : environment.ResourceGroupId + "/providers/" + ArmEvaluator.Interleave(type, name.Split('/'));
        return new DeployedResource(type, name, id, scope, module, definition);
    }
}
