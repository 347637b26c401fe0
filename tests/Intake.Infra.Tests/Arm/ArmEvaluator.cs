using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Evaluates template values the way Azure Resource Manager would before deployment: parameters,
/// variables, names, scopes and properties. Values only known at deployment time become runtime
/// markers (<see cref="ArmValues"/>). Unknown functions throw, so nothing is silently skipped.
/// </summary>
internal static class ArmEvaluator
{
    /// <summary>Evaluates every expression inside a JSON value.</summary>
    public static JsonNode? EvaluateDeep(JsonNode? node, ArmScope scope)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (ArmExpressionParser.IsExpression(text))
                {
                    return Evaluate(ArmExpressionParser.Parse(text), scope);
                }

                // "[[" escapes a literal leading bracket.
                return JsonValue.Create(text.StartsWith("[[", StringComparison.Ordinal) ? text[1..] : text);
            case JsonValue value:
                return value.DeepClone();
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(EvaluateDeep(item, scope));
                }

                return items;
            case JsonObject obj:
                if (obj.ContainsKey("copy") && obj["copy"] is JsonArray)
                {
                    throw new NotSupportedException("Property copy loops are not evaluated; use a resource loop or a plain object.");
                }

                var result = new JsonObject();
                foreach (var (key, child) in obj)
                {
                    // Property names may be expressions too (userAssignedIdentities keys).
                    var name = ArmExpressionParser.IsExpression(key) ? ArmValues.AsString(Evaluate(ArmExpressionParser.Parse(key), scope)) : key;
                    result[name] = EvaluateDeep(child, scope);
                }

                return result;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    public static JsonNode? Evaluate(ArmSyntax syntax, ArmScope scope) => syntax switch
    {
        ArmLiteral literal => literal.Value switch
        {
            null => null,
            string s => JsonValue.Create(s),
            long l => JsonValue.Create(l),
            _ => throw new NotSupportedException(literal.Value.GetType().Name),
        },
        ArmMember member => Member(Evaluate(member.Target, scope), member.Property),
        ArmIndex index => Index(Evaluate(index.Target, scope), Evaluate(index.Index, scope)),
        ArmCall call => Call(call, scope),
        _ => throw new NotSupportedException(syntax.GetType().Name),
    };

    private static JsonNode? Member(JsonNode? target, string property)
    {
        if (ArmValues.IsRuntime(target))
        {
            return ArmValues.Runtime(ArmValues.RuntimeDescription(target) + "." + property);
        }

        if (target is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                // ARM property access ignores case.
                if (string.Equals(key, property, StringComparison.OrdinalIgnoreCase))
                {
                    return ArmValues.Clone(value);
                }
            }
        }

        throw new InvalidOperationException($"No property '{property}' on {target?.ToJsonString() ?? "null"}");
    }

    private static JsonNode? Index(JsonNode? target, JsonNode? index)
    {
        if (ArmValues.IsRuntime(target))
        {
            return ArmValues.Runtime($"{ArmValues.RuntimeDescription(target)}[{ArmValues.AsString(index)}]");
        }

        return target switch
        {
            JsonArray array => ArmValues.Clone(array[(int)ArmValues.AsLong(index)]),
            JsonObject => Member(target, ArmValues.AsString(index)),
            _ => throw new InvalidOperationException($"Cannot index {target?.ToJsonString() ?? "null"}"),
        };
    }

    private static JsonNode? Call(ArmCall call, ArmScope scope)
    {
        var name = call.Function.ToLowerInvariant();

        // Lazy: only the chosen branch is evaluated, as ARM does.
        if (name == "if")
        {
            var condition = Evaluate(call.Arguments[0], scope);
            if (ArmValues.IsRuntime(condition))
            {
                return ArmValues.Runtime("if(" + ArmValues.RuntimeDescription(condition) + ")");
            }

            return Evaluate(call.Arguments[ArmValues.AsBool(condition) ? 1 : 2], scope);
        }

        var args = call.Arguments.Select(a => Evaluate(a, scope)).ToList();
        return name switch
        {
            "parameters" => Parameter(scope, ArmValues.AsString(args[0])),
            "variables" => scope.Variable(ArmValues.AsString(args[0]), declaration => EvaluateDeep(declaration, scope)),
            "format" => Format(args),
            "concat" => Concat(args),
            "union" => Union(args),
            "createobject" => CreateObject(args),
            "createarray" => new JsonArray(args.Select(ArmValues.Clone).ToArray()),
            "resourceid" => ResourceId(scope.Environment, args),
            "subscriptionresourceid" => SubscriptionResourceId(scope.Environment, args),
            "extensionresourceid" => JsonValue.Create($"{ArmValues.AsString(args[0])}/providers/{ArmValues.AsString(args[1])}/{string.Join('/', args.Skip(2).Select(ArmValues.AsString))}"),
            "guid" => JsonValue.Create(DeterministicGuid(args)),
            "uniquestring" => JsonValue.Create(UniqueString(args)),
            "tolower" => Map(args[0], s => s.ToLowerInvariant()),
            "toupper" => Map(args[0], s => s.ToUpperInvariant()),
            "length" => Length(args[0]),
            "empty" => JsonValue.Create(IsEmpty(args[0])),
            "not" => JsonValue.Create(!ArmValues.AsBool(args[0])),
            "and" => JsonValue.Create(args.All(ArmValues.AsBool)),
            "or" => JsonValue.Create(args.Any(ArmValues.AsBool)),
            "equals" => JsonValue.Create(JsonNode.DeepEquals(args[0], args[1])),
            "copyindex" => JsonValue.Create((long)(scope.CopyIndex ?? throw new InvalidOperationException("copyIndex() outside a loop.")) + (args.Count > 0 && args[^1] is JsonValue offset && offset.TryGetValue<long>(out var o) ? o : 0)),
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" => null,
            "string" => JsonValue.Create(ArmValues.AsString(args[0])),
            "subscription" => new JsonObject
            {
                ["id"] = $"/subscriptions/{scope.Environment.SubscriptionId}",
                ["subscriptionId"] = scope.Environment.SubscriptionId,
                ["tenantId"] = "11111111-1111-1111-1111-111111111111",
            },
            "resourcegroup" => new JsonObject
            {
                ["id"] = scope.Environment.ResourceGroupId,
                ["name"] = scope.Environment.ResourceGroup,
                ["location"] = scope.Environment.Location,
            },
            "tenant" => new JsonObject { ["tenantId"] = "11111111-1111-1111-1111-111111111111" },
            "reference" => ArmValues.Runtime($"reference({ArmValues.AsString(args[0])})"),
            _ when name.StartsWith("list", StringComparison.Ordinal) => ArmValues.Runtime($"{name}({ArmValues.AsString(args[0])})"),
            _ => throw new NotSupportedException($"ARM function '{call.Function}' is not evaluated by the tests."),
        };
    }

    private static JsonNode? Parameter(ArmScope scope, string name) =>
        scope.Parameters.TryGetValue(name, out var value)
            ? ArmValues.Clone(value)
            : throw new InvalidOperationException($"Parameter '{name}' has no value.");

    private static JsonNode? Format(List<JsonNode?> args)
    {
        var template = ArmValues.AsString(args[0]);
        var values = args.Skip(1).ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                builder.Append('{');
                i++;
            }
            else if (template[i] == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                builder.Append('}');
                i++;
            }
            else if (template[i] == '{')
            {
                var end = template.IndexOf('}', i);
                var slot = int.Parse(template.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture);
                builder.Append(ValueText(values[slot]));
                i = end;
            }
            else
            {
                builder.Append(template[i]);
            }
        }

        var text = builder.ToString();
        return values.Any(ArmValues.IsRuntime) ? ArmValues.Runtime(text) : JsonValue.Create(text);
    }

    private static string ValueText(JsonNode? value) =>
        ArmValues.IsRuntime(value) ? "{" + ArmValues.RuntimeDescription(value) + "}" : ArmValues.AsString(value);

    private static JsonNode? Concat(List<JsonNode?> args)
    {
        if (args.Count > 0 && args.All(a => a is JsonArray))
        {
            var result = new JsonArray();
            foreach (var item in args.Cast<JsonArray>().SelectMany(a => a))
            {
                result.Add(ArmValues.Clone(item));
            }

            return result;
        }

        var text = string.Concat(args.Select(ValueText));
        return args.Any(ArmValues.IsRuntime) ? ArmValues.Runtime(text) : JsonValue.Create(text);
    }

    private static JsonNode? Union(List<JsonNode?> args)
    {
        if (args.Any(ArmValues.IsRuntime))
        {
            return ArmValues.Runtime("union(" + string.Join(", ", args.Select(ValueText)) + ")");
        }

        if (args.All(a => a is JsonArray))
        {
            var result = new JsonArray();
            foreach (var item in args.Cast<JsonArray>().SelectMany(a => a))
            {
                if (!result.Any(existing => JsonNode.DeepEquals(existing, item)))
                {
                    result.Add(ArmValues.Clone(item));
                }
            }

            return result;
        }

        var merged = new JsonObject();
        foreach (var obj in args.Cast<JsonObject>())
        {
            foreach (var (key, value) in obj)
            {
                merged[key] = ArmValues.Clone(value);
            }
        }

        return merged;
    }

    private static JsonObject CreateObject(List<JsonNode?> args)
    {
        var result = new JsonObject();
        for (var i = 0; i < args.Count; i += 2)
        {
            result[ArmValues.AsString(args[i])] = ArmValues.Clone(args[i + 1]);
        }

        return result;
    }

    private static JsonNode ResourceId(ArmEnvironment environment, List<JsonNode?> args)
    {
        var type = ArmValues.AsString(args[0]);
        var names = args.Skip(1).Select(ValueText).ToList();
        var id = environment.ResourceGroupId + "/providers/" + Interleave(type, names);
        return args.Any(ArmValues.IsRuntime) ? ArmValues.Runtime(id) : JsonValue.Create(id);
    }

    private static JsonValue SubscriptionResourceId(ArmEnvironment environment, List<JsonNode?> args)
    {
        var type = ArmValues.AsString(args[0]);
        var names = args.Skip(1).Select(ValueText).ToList();
        return JsonValue.Create($"/subscriptions/{environment.SubscriptionId}/providers/" + Interleave(type, names));
    }

    // Microsoft.Storage/storageAccounts/blobServices/containers + [a, default, c]
    //   -> Microsoft.Storage/storageAccounts/a/blobServices/default/containers/c
    public static string Interleave(string type, IReadOnlyList<string> names)
    {
        var segments = type.Split('/');
        var builder = new StringBuilder(segments[0]);
        for (var i = 1; i < segments.Length; i++)
        {
            builder.Append('/').Append(segments[i]);
            if (i - 1 < names.Count)
            {
                builder.Append('/').Append(names[i - 1]);
            }
        }

        return builder.ToString();
    }

    private static string DeterministicGuid(List<JsonNode?> args)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", args.Select(ValueText))));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private static string UniqueString(List<JsonNode?> args)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", args.Select(ValueText))));
        return Convert.ToHexString(hash)[..13].ToLowerInvariant();
    }

    private static JsonNode? Map(JsonNode? value, Func<string, string> map) =>
        ArmValues.IsRuntime(value) ? value : JsonValue.Create(map(ArmValues.AsString(value)));

    private static JsonValue Length(JsonNode? value) => value switch
    {
        JsonArray array => JsonValue.Create((long)array.Count),
        JsonObject obj => JsonValue.Create((long)obj.Count),
        _ when ArmValues.IsRuntime(value) => throw new InvalidOperationException("length() of a value only known at deployment time; the loop count cannot be predicted."),
        _ => JsonValue.Create((long)ArmValues.AsString(value).Length),
    };

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ when ArmValues.IsRuntime(value) => false,
        _ => ArmValues.AsString(value).Length == 0,
    };
}
