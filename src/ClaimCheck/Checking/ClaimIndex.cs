using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Checking;

/// <summary>Claims indexed by kind and entity, so a check looks only at claims about the statement's entities.</summary>
internal sealed class ClaimIndex
{
    private readonly FrozenDictionary<(ClaimKind, string), ImmutableArray<Claim>> _byKindAndEntity;
    private readonly FrozenDictionary<string, ImmutableArray<Claim>> _byEntity;

    public ClaimIndex(IEnumerable<Claim> claims)
    {
        var byKind = new Dictionary<(ClaimKind, string), List<Claim>>();
        var byEntity = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            foreach (var id in claim.EntityIds().Distinct(StringComparer.Ordinal))
            {
                Add(byKind, (claim.Kind, id), claim);
                Add(byEntity, id, claim);
            }
        }

        _byKindAndEntity = byKind.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray());
        _byEntity = byEntity.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private static void Add<TKey>(Dictionary<TKey, List<Claim>> map, TKey key, Claim claim)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(claim);
    }

    /// <summary>Claims of <paramref name="kind"/> that mention any of <paramref name="entityIds"/>, in base order, without duplicates.</summary>
    public ImmutableArray<Claim> Candidates(ClaimKind kind, IEnumerable<string> entityIds)
    {
        var seen = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        var result = ImmutableArray.CreateBuilder<Claim>();
        foreach (var id in entityIds)
        {
            if (_byKindAndEntity.TryGetValue((kind, id), out var claims))
            {
                foreach (var claim in claims)
                {
                    if (seen.Add(claim))
                    {
                        result.Add(claim);
                    }
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Claims of any kind that mention <paramref name="entityId"/>.</summary>
    public ImmutableArray<Claim> About(string entityId) => _byEntity.GetValueOrDefault(entityId, []);
}
