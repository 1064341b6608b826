using System;
using System.Collections;
using System.Collections.Generic;

namespace AiCompliance.Analyzers.Infrastructure;

/// <summary>
/// A read-only list compared by its items, so that an incremental generator's cache recognises an unchanged value
/// (an array compares by reference, which would make every step look changed).
/// </summary>
internal sealed class EquatableList<T> : IEquatable<EquatableList<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableList<T> Empty = new(Array.Empty<T>());

    private readonly T[] _items;

    public EquatableList(T[] items)
    {
        _items = items;
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
