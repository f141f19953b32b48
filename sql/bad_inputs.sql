-- Every bad input gets a clear error with the right SQLSTATE (and nothing
-- else happens): one row per input, with the state and the message.
SET search_path = geopol, public;
CREATE FUNCTION pg_temp.try(q text) RETURNS TABLE (state text, message text) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN QUERY SELECT '00000'::text, 'ok'::text;
EXCEPTION WHEN OTHERS THEN
  RETURN QUERY SELECT SQLSTATE::text, left(SQLERRM, 90);
END $$;

SELECT input, (pg_temp.try(input)).* FROM (VALUES
  -- polity: malformed, unknown, ambiguous, empty, huge, control characters
  ($$SELECT 'Narnia'::polity$$),
  ($$SELECT 'Korea'::polity$$),
  ($$SELECT ''::polity$$),
  ($$SELECT repeat('a', 1000000)::polity$$),
  ($$SELECT E'Ir\x07an'::polity$$),
  ($$SELECT '@bad-code'::polity$$),
  -- agreement: every field
  ($$SELECT 'pact {RUS}'::agreement$$),
  ($$SELECT 'treaty {}'::agreement$$),
  ($$SELECT 'treaty {RUS} status=perhaps'::agreement$$),
  ($$SELECT 'treaty {RUS} signed=2023-02-29'::agreement$$),
  ($$SELECT 'treaty {RUS} domains={fishing}'::agreement$$),
  ($$SELECT 'treaty {RUS} signed=2020 ended=2019'::agreement$$),
  ($$SELECT repeat('treaty ', 200000)::agreement$$),
  ($$SELECT agreement('treaty', '{RUS}', 'signed', 'infinity')$$),
  ($$SELECT agreement('treaty', '{RUS}', 'signed', '2020-01-01', 'fortnight')$$),
  -- functions
  ($$SELECT name('RUS', '!!')$$),
  ($$SELECT is_member('RUS', 'NATO', '-infinity')$$),
  ($$SELECT 'treaty {RUS}'::agreement @> '{RUS,NULL}'::polity[]$$),
  ($$SELECT network_dot(ARRAY[NULL]::agreement[])$$),
  -- extraction: empty, huge, control characters, NULL: results, not errors
  ($$SELECT count(*) FROM mentions('')$$),
  ($$SELECT count(*) FROM mentions(repeat(E'\x01\x02 Iran ', 100000))$$),
  ($$SELECT count(*) FROM agreements(NULL)$$),
  ($$SELECT count(*) FROM events(repeat('signed ', 100000), 'infinity')$$),
  ($$SELECT polities(NULL)$$)
) v(input);
