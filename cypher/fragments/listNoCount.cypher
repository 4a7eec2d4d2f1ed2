// `totalCount` was not selected: nothing is counted.
WITH null AS totalCount
