using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Claims;

/// <summary>The value of one slot: entity ids, vocabulary values, terms or text, or a number.</summary>
public sealed record SlotValue
{
    /// <summary>Creates a slot value holding one or more strings.</summary>
    public SlotValue(SlotType type, ImmutableArray<string> values)
    {
        Type = type;
        Values = values;
    }

    /// <summary>Creates a numeric slot value.</summary>
    public SlotValue(double number)
    {
        Type = SlotType.Number;
        Number = number;
        Values = [number.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>The type of the slot.</summary>
    public SlotType Type { get; }

    /// <summary>The values as written (for numbers, the invariant rendering of <see cref="Number"/>).</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>The number, for <see cref="SlotType.Number"/> slots.</summary>
    public double? Number { get; }

    /// <summary>The first (usually only) value.</summary>
    public string First => Values[0];

    /// <summary>Whether two slot values hold the same strings in the same order.</summary>
    public bool Equals(SlotValue? other) =>
        other is not null && Type == other.Type && Number == other.Number && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Values.Length == 1 ? Values[0] : "[" + string.Join(", ", Values) + "]";
}
