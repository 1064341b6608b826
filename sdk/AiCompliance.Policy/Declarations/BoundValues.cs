using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>The values of one raw attribute, keyed by the property each argument sets.</summary>
internal sealed class BoundValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly List<string> _written = new();

    public BoundValues(RawDeclaration raw, IReadOnlyList<string> parameters)
    {
        for (var i = 0; i < raw.Positional.Count && i < parameters.Count; i++)
        {
            Set(parameters[i], raw.Positional[i]);
        }

        foreach (var pair in raw.Named)
        {
            if (pair.Key is not null)
            {
                Set(pair.Key, pair.Value);
            }
        }
    }

    public IReadOnlyList<string> Written => _written;

    public string? String(string property) => Get(property) as string;

    public double? Double(string property) => ToDouble(Get(property));

    public int? Int32(string property) => Get(property) switch
    {
        int value => value,
        short value => value,
        byte value => value,
        long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
        _ => null,
    };

    public bool? Boolean(string property) => Get(property) as bool?;

    public TEnum? Enum<TEnum>(string property)
        where TEnum : struct, Enum
        => ToEnum<TEnum>(Get(property));

    public string?[] StringArray(string property)
    {
        switch (Get(property))
        {
            case IReadOnlyList<object?> list:
                var result = new string?[list.Count];
                for (var i = 0; i < list.Count; i++)
                {
                    result[i] = list[i] as string;
                }

                return result;
            case string single:
                return new string?[] { single };
            default:
                return Array.Empty<string?>();
        }
    }

    public IReadOnlyList<double> DoubleArray(string property)
    {
        if (Get(property) is not IReadOnlyList<object?> list)
        {
            return Array.Empty<double>();
        }

        var result = new List<double>(list.Count);
        foreach (var item in list)
        {
            if (ToDouble(item) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public IReadOnlyList<TEnum> EnumArray<TEnum>(string property)
        where TEnum : struct, Enum
    {
        if (Get(property) is not IReadOnlyList<object?> list)
        {
            return ToEnum<TEnum>(Get(property)) is { } single ? new[] { single } : Array.Empty<TEnum>();
        }

        var result = new List<TEnum>(list.Count);
        foreach (var item in list)
        {
            if (ToEnum<TEnum>(item) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private void Set(string property, object? value)
    {
        if (!_values.ContainsKey(property))
        {
            _written.Add(property);
        }

        _values[property] = value;
    }

    private object? Get(string property) => _values.TryGetValue(property, out var value) ? value : null;

    private static double? ToDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        decimal m => (double)m,
        _ => null,
    };

    private static TEnum? ToEnum<TEnum>(object? value)
        where TEnum : struct, Enum
    {
        long? number = value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            _ => null,
        };
        if (number is null || number < int.MinValue || number > int.MaxValue)
        {
            return null;
        }

        return (TEnum)System.Enum.ToObject(typeof(TEnum), (int)number.Value);
    }
}
