export {articlePlaces, findPlaces, placeByKey, placeNamer} from './find-places.js';
export type {IgnoredSpan, Place, PlaceMention} from './place.js';
