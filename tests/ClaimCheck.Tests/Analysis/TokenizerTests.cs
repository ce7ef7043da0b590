using ClaimCheck.Analysis;

namespace ClaimCheck.Tests.Analysis;

/// <summary>Figures in every written form become one normalised value, so a statement and a source compare them.</summary>
public sealed class TokenizerTests
{
    [TestCase("three and a half days", new[] { "3.5" })]
    [TestCase("two and a half million tonnes", new[] { "2500000" })]
    [TestCase("half a million people", new[] { "500000" })]
    [TestCase("a quarter of a billion dollars", new[] { "250000000" })]
    [TestCase("six hundred and fifty", new[] { "650" })]
    [TestCase("three quarters of the budget", new[] { "75" })]
    [TestCase("$3.4bn", new[] { "3400000000" })]
    [TestCase("300 and 40 jets", new[] { "300", "40" })]
    [TestCase("half of the members", new[] { "50" })]
    [TestCase("two and a half", new[] { "2.5" })]
    public void Figures_AreReadAsOneValue(string text, string[] figures) =>
        Tokenizer.Tokenize(text, Lexicon.Default.Stemmer).Where(t => t.Kind == TokenKind.Number).Select(t => t.Stem).Should().Equal(figures);
}
