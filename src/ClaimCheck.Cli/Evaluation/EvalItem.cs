using System.Collections.Immutable;
using ClaimCheck.Checking;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>One labelled statement of an evaluation set (format: shared/eval/README.md).</summary>
internal sealed record EvalItem(string Id, string Text, Verdict Label, ImmutableArray<string> Evidence, int Line);
