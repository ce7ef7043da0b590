using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Knowledge;

namespace ClaimCheck.Checking;

/// <summary>Applies the knowledge base's equivalences to statement frames ("voted against X" → "voted for condemning X").</summary>
internal static class Equivalences
{
    public static IEnumerable<Frame> Expand(Frame frame, DomainKnowledge knowledge)
    {
        foreach (var equivalence in knowledge.Equivalences)
        {
            if (equivalence.From.Kind != frame.Kind || !TryBind(equivalence.From, frame, out var bindings))
            {
                continue;
            }

            var slots = frame.Slots.ToBuilder();
            foreach (var name in equivalence.From.Slots.Keys)
            {
                slots.Remove(name);
            }

            var complete = true;
            foreach (var (name, value) in equivalence.To.Slots)
            {
                if (value is null)
                {
                    continue;
                }

                if (value.StartsWith('?'))
                {
                    if (!bindings.TryGetValue(value, out var bound))
                    {
                        complete = false;
                        break;
                    }

                    slots[name] = bound;
                }
                else
                {
                    var role = ClaimKinds.FindRole(equivalence.To.Kind, name);
                    slots[name] = new SlotValue(role?.Type ?? SlotType.Value, [value]);
                }
            }

            if (complete)
            {
                yield return frame with { Kind = equivalence.To.Kind, Slots = slots.ToImmutable(), Via = equivalence.Id, ViaExplanation = equivalence.Explanation };
            }
        }
    }

    private static bool TryBind(FramePattern pattern, Frame frame, out Dictionary<string, SlotValue> bindings)
    {
        bindings = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        foreach (var (name, expected) in pattern.Slots)
        {
            var actual = frame.Slot(name);
            if (expected is null)
            {
                if (actual is not null)
                {
                    return false;
                }
            }
            else if (expected.StartsWith('?'))
            {
                if (actual is null)
                {
                    return false;
                }

                bindings[expected] = actual;
            }
            else if (actual is null || actual.First != expected)
            {
                return false;
            }
        }

        return true;
    }
}
