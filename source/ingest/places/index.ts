export {findPlaces, placeByKey} from './find-places.js';
export type {IgnoredSpan, Place, PlaceMention} from './place.js';
