using System.Globalization;
using System.Text;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Parses the subset of the ARM expression language that Bicep emits: function calls, string,
/// integer literals, property access and indexing. Anything else is an error, so a template
/// that uses something new fails loudly instead of being checked half-way.
/// </summary>
internal sealed class ArmExpressionParser
{
    private readonly string _text;
    private int _position;

    private ArmExpressionParser(string text) => _text = text;

    /// <summary>True when a JSON string value is an expression rather than a literal.</summary>
    public static bool IsExpression(string value) =>
        value.Length >= 2 && value[0] == '[' && value[^1] == ']' && !value.StartsWith("[[", StringComparison.Ordinal);

    public static ArmSyntax Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (!IsExpression(expression))
        {
            throw new FormatException($"Not an ARM expression: {expression}");
        }

        var parser = new ArmExpressionParser(expression[1..^1]);
        var result = parser.ParseChain();
        parser.SkipSpace();
        if (parser._position != parser._text.Length)
        {
            throw new FormatException($"Unexpected text at {parser._position} in {expression}");
        }

        return result;
    }

    private ArmSyntax ParseChain()
    {
        var target = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (TryConsume('.'))
            {
                target = new ArmMember(target, ReadIdentifier());
            }
            else if (TryConsume('['))
            {
                var index = ParseChain();
                Expect(']');
                target = new ArmIndex(target, index);
            }
            else
            {
                return target;
            }
        }
    }

    private ArmSyntax ParsePrimary()
    {
        SkipSpace();
        var c = Peek();
        if (c == '\'')
        {
            return new ArmLiteral(ReadString());
        }

        if (char.IsDigit(c) || c == '-')
        {
            return new ArmLiteral(ReadInteger());
        }

        var name = ReadIdentifier();
        SkipSpace();
        Expect('(');
        var arguments = new List<ArmSyntax>();
        SkipSpace();
        if (!TryConsume(')'))
        {
            do
            {
                arguments.Add(ParseChain());
                SkipSpace();
            }
            while (TryConsume(','));
            Expect(')');
        }

        return new ArmCall(name, arguments);
    }

    private string ReadString()
    {
        Expect('\'');
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException("Unterminated string literal.");
            }

            var c = _text[_position++];
            if (c == '\'')
            {
                if (_position < _text.Length && _text[_position] == '\'')
                {
                    builder.Append('\'');
                    _position++;
                    continue;
                }

                return builder.ToString();
            }

            builder.Append(c);
        }
    }

    private long ReadInteger()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        while (_position < _text.Length && char.IsDigit(_text[_position]))
        {
            _position++;
        }

        return long.Parse(_text.AsSpan(start, _position - start), CultureInfo.InvariantCulture);
    }

    private string ReadIdentifier()
    {
        SkipSpace();
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_' || _text[_position] == '$'))
        {
            _position++;
        }

        if (start == _position)
        {
            throw new FormatException($"Identifier expected at {start} in [{_text}]");
        }

        return _text[start.._position];
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private bool TryConsume(char expected)
    {
        SkipSpace();
        if (Peek() != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw new FormatException($"'{expected}' expected at {_position} in [{_text}]");
        }
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
