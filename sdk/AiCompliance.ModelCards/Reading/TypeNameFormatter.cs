using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Text;

namespace AiCompliance.ModelCards.Reading;

/// <summary>
/// Formats a type definition the way the analyzers name it (Roslyn's <c>SymbolDisplayFormat.CSharpErrorMessageFormat</c>):
/// namespace-qualified, nested types joined with '.', generic parameters as <c>&lt;T, U&gt;</c> and C# keywords escaped
/// with '@', for example <c>Contoso.Models.Outer.Ranker&lt;TItem&gt;</c>.
/// </summary>
internal sealed class TypeNameFormatter
{
    // C# reserved keywords: a type or type parameter named like one is written with '@' in source, and Roslyn displays it so.
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    private readonly MetadataReader _metadata;

    public TypeNameFormatter(MetadataReader metadata) => _metadata = metadata;

    public string Format(TypeDefinitionHandle handle)
    {
        // Outermost first. Each nested type repeats its containers' generic parameters before its own (II.10.7).
        var chain = new List<TypeDefinition>();
        var current = _metadata.GetTypeDefinition(handle);
        chain.Add(current);
        var guard = 0;
        while (current.IsNested && guard++ < 64)
        {
            var declaring = current.GetDeclaringType();
            if (declaring.IsNil)
            {
                break;
            }

            current = _metadata.GetTypeDefinition(declaring);
            chain.Add(current);
        }

        chain.Reverse();
        var text = new StringBuilder();
        var outerNamespace = _metadata.GetString(chain[0].Namespace);
        if (outerNamespace.Length > 0)
        {
            var first = true;
            foreach (var part in outerNamespace.Split('.'))
            {
                if (!first)
                {
                    text.Append('.');
                }

                text.Append(Identifier(part));
                first = false;
            }

            text.Append('.');
        }

        var inherited = 0;
        for (var level = 0; level < chain.Count; level++)
        {
            if (level > 0)
            {
                text.Append('.');
            }

            var type = chain[level];
            text.Append(Identifier(StripArity(_metadata.GetString(type.Name))));
            var parameters = type.GetGenericParameters();
            if (parameters.Count > inherited)
            {
                text.Append('<');
                for (var i = inherited; i < parameters.Count; i++)
                {
                    if (i > inherited)
                    {
                        text.Append(", ");
                    }

                    text.Append(Identifier(_metadata.GetString(_metadata.GetGenericParameter(parameters[i]).Name)));
                }

                text.Append('>');
            }

            inherited = System.Math.Max(inherited, parameters.Count);
        }

        return text.ToString();
    }

    private static string StripArity(string name)
    {
        var tick = name.LastIndexOf('`');
        if (tick <= 0 || tick == name.Length - 1)
        {
            return name;
        }

        for (var i = tick + 1; i < name.Length; i++)
        {
            if (name[i] is < '0' or > '9')
            {
                return name;
            }
        }

        return name.Substring(0, tick);
    }

    private static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;
}
