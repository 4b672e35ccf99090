-- Waymark schema 21: a published figure may carry the count and the denominator it was worked out from (DfE's tidy
-- statistics files give both), from which its confidence interval and an LA's place on a funnel plot are worked out.
ALTER TABLE area_values ADD COLUMN numerator numeric NULL;
ALTER TABLE area_values ADD COLUMN denominator numeric NULL;
