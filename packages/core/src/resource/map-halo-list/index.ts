export { mapHaloList } from './map-halo-list.js'
